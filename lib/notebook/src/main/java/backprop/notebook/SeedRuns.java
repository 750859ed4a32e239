package backprop.notebook;

import backprop.Dataset;
import backprop.History;
import backprop.Network;
import java.util.Arrays;
import java.util.function.Function;

/**
 * One setting trained once per seed ({@link Seeds#train}): the trained networks and their learning curves, indexed
 * [s − 1] or [s − 1][t] for seed s and recorded point t.
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

    /** The training loss of every seed at every recorded epoch. */
    public double[][] trainLoss() {
        return curves(History::trainLoss);
    }

    /** The held-out loss of every seed at every recorded epoch; empty rows without a held-out set. */
    public double[][] testLoss() {
        return curves(History::testLoss);
    }

    /** The held-out accuracy of every seed at every recorded epoch; empty rows without a held-out set. */
    public double[][] testAccuracy() {
        return curves(History::testAccuracy);
    }

    /** The training loss of every seed after the last epoch. */
    public double[] finalTrainLoss() {
        return last(curves(History::trainLoss));
    }

    /** The training accuracy of every seed after the last epoch. */
    public double[] finalTrainAccuracy() {
        return last(curves(History::trainAccuracy));
    }

    /** The training loss of every seed at a recorded epoch. */
    public double[] trainLossAt(int epoch) {
        int t = Arrays.binarySearch(histories[0].epochs(), epoch);
        if (t < 0) {
            throw new IllegalArgumentException("epoch must be one of the recorded "
                    + Arrays.toString(histories[0].epochs()) + ", was " + epoch);
        }
        return Arrays.stream(trainLoss()).mapToDouble(loss -> loss[t]).toArray();
    }

    /**
     * How far each seed's held-out loss ends above its lowest: L<sub>test</sub>(last) / min<sub>t</sub>
     * L<sub>test</sub>(t), 1 when it ends at its lowest.
     *
     * @throws IllegalStateException if no held-out set was given
     */
    public double[] testLossRise() {
        if (histories[0].testLoss().length == 0) {
            throw new IllegalStateException("no held-out set was given to Seeds.train");
        }
        return Arrays.stream(testLoss()).mapToDouble(l -> l[l.length - 1] / Arrays.stream(l).min().getAsDouble())
                .toArray();
    }

    /** The accuracy of every seed's trained network on d. */
    public double[] accuracy(Dataset d) {
        return Arrays.stream(networks).mapToDouble(net -> net.accuracy(d)).toArray();
    }

    private double[][] curves(Function<History, double[]> curve) {
        return Arrays.stream(histories).map(curve).toArray(double[][]::new);
    }

    private static double[] last(double[][] curves) {
        return Arrays.stream(curves).mapToDouble(c -> c[c.length - 1]).toArray();
    }
}
