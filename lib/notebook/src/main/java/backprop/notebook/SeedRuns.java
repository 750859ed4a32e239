package backprop.notebook;

import backprop.Dataset;
import backprop.History;
import backprop.Network;
import java.util.Arrays;

/**
 * The results of one setting trained once per seed ({@link Seeds#train}): the trained networks and their learning
 * curves, as arrays indexed [seed − 1] or [seed − 1][recorded point].
 */
public final class SeedRuns {

    private final Network[] networks;
    private final History[] histories;

    SeedRuns(Network[] networks, History[] histories) {
        this.networks = networks;
        this.histories = histories;
    }

    /** The trained network of seed s (1..R). */
    public Network network(int s) {
        if (s < 1 || s > networks.length) {
            throw new IllegalArgumentException("s must be in [1, " + networks.length + "], was " + s);
        }
        return networks[s - 1];
    }

    /** The recorded epochs (the same for every seed), as numbers for a plot's x axis. */
    public double[] epochs() {
        return Arrays.stream(histories[0].epochs()).asDoubleStream().toArray();
    }

    /** The training loss of every seed at every recorded epoch, [s − 1][t]. */
    public double[][] trainLoss() {
        double[][] loss = new double[histories.length][];
        for (int r = 0; r < histories.length; r++) {
            loss[r] = histories[r].trainLoss();
        }
        return loss;
    }

    /** The held-out loss of every seed at every recorded epoch, [s − 1][t]; empty rows if no held-out set was given. */
    public double[][] testLoss() {
        double[][] loss = new double[histories.length][];
        for (int r = 0; r < histories.length; r++) {
            loss[r] = histories[r].testLoss();
        }
        return loss;
    }

    /** The held-out accuracy of every seed at every recorded epoch, [s − 1][t]; empty rows without a held-out set. */
    public double[][] testAccuracy() {
        double[][] accuracy = new double[histories.length][];
        for (int r = 0; r < histories.length; r++) {
            accuracy[r] = histories[r].testAccuracy();
        }
        return accuracy;
    }

    /** The accuracy of every seed's network on its own training set after the last epoch. */
    public double[] finalTrainAccuracy() {
        double[] a = new double[histories.length];
        for (int r = 0; r < histories.length; r++) {
            double[] recorded = histories[r].trainAccuracy();
            a[r] = recorded[recorded.length - 1];
        }
        return a;
    }

    /**
     * How far each seed's held-out loss ends above its lowest: L<sub>test</sub>(last epoch) / min<sub>t</sub>
     * L<sub>test</sub>(t) over the recorded epochs (1 when it ends at its lowest).
     *
     * @throws IllegalStateException if no held-out set was given
     */
    public double[] testLossRise() {
        double[] rise = new double[histories.length];
        for (int r = 0; r < histories.length; r++) {
            double[] loss = histories[r].testLoss();
            if (loss.length == 0) {
                throw new IllegalStateException("no held-out set was given to Seeds.train");
            }
            rise[r] = loss[loss.length - 1] / Arrays.stream(loss).min().getAsDouble();
        }
        return rise;
    }

    /** The training loss of every seed at a recorded epoch. */
    public double[] trainLossAt(int epoch) {
        int t = Arrays.binarySearch(histories[0].epochs(), epoch);
        if (t < 0) {
            throw new IllegalArgumentException("epoch must be a recorded epoch " + Arrays.toString(histories[0].epochs())
                    + ", was " + epoch);
        }
        return Spread.at(trainLoss(), t);
    }

    /** The training loss of every seed after the last epoch. */
    public double[] finalTrainLoss() {
        double[][] loss = trainLoss();
        return Spread.at(loss, loss[0].length - 1);
    }

    /** The accuracy of every seed's trained network on d. */
    public double[] accuracy(Dataset d) {
        double[] a = new double[networks.length];
        for (int r = 0; r < networks.length; r++) {
            a[r] = networks[r].accuracy(d);
        }
        return a;
    }
}
