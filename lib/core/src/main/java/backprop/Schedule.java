package backprop;

import java.util.Arrays;

/**
 * A learning-rate schedule in stages: e<sub>1</sub> epochs at η<sub>1</sub>, then e<sub>2</sub> epochs at
 * η<sub>2</sub>, and so on. Immutable; built by {@link Trainer.Builder#stage} or {@link Trainer.Builder#learningRate}
 * with {@link Trainer.Builder#epochs}.
 */
final class Schedule {

    private final int[] stageEnd;
    private final double[] rate;

    private Schedule(int[] stageEnd, double[] rate) {
        this.stageEnd = stageEnd;
        this.rate = rate;
    }

    /** The single stage of {@code epochs} epochs at η. */
    static Schedule constant(int epochs, double learningRate) {
        return new Schedule(new int[] {epochs}, new double[] {learningRate});
    }

    /** This schedule followed by {@code epochs} epochs at η; the total must stay below 2³¹. */
    Schedule then(int epochs, double learningRate) {
        long total = (long) epochs() + epochs;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("epochs must keep the schedule below 2^31 epochs, was " + epochs
                    + " after " + epochs() + " (" + total + " in all)");
        }
        int[] end = Arrays.copyOf(stageEnd, stageEnd.length + 1);
        double[] r = Arrays.copyOf(rate, rate.length + 1);
        end[end.length - 1] = (int) total;
        r[r.length - 1] = learningRate;
        return new Schedule(end, r);
    }

    /** @return the total number of epochs */
    int epochs() {
        return stageEnd[stageEnd.length - 1];
    }

    /** @return η of epoch e (1-based; epoch 0, before training, reports the first stage's η) */
    double learningRate(int epoch) {
        for (int s = 0; s < stageEnd.length; s++) {
            if (epoch <= stageEnd[s]) {
                return rate[s];
            }
        }
        return rate[rate.length - 1];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        int start = 0;
        for (int i = 0; i < stageEnd.length; i++) {
            s.append(i == 0 ? "" : " then ").append(stageEnd[i] - start).append(" epochs at η ").append(rate[i]);
            start = stageEnd[i];
        }
        return s.toString();
    }
}
