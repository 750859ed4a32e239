package backprop;

import java.util.Random;

/** Seeded random initial weights that keep the signals' variance about constant across layers; biases start at 0. */
public enum Init {

    /** Xavier/Glorot: w ~ Uniform(−r, r), r = √(6 / (fan-in + fan-out)); for tanh and the sigmoid. */
    XAVIER {
        @Override
        double draw(int fanIn, int fanOut, Random random) {
            double r = Math.sqrt(6.0 / (fanIn + fanOut));
            return (2.0 * random.nextDouble() - 1.0) * r;
        }
    },

    /** He: w ~ Normal(0, 2 / fan-in); for ReLU. */
    HE {
        @Override
        double draw(int fanIn, int fanOut, Random random) {
            return random.nextGaussian() * Math.sqrt(2.0 / fanIn);
        }
    };

    abstract double draw(int fanIn, int fanOut, Random random);

    /** Fills theta[from, to), one fanIn × fanOut weight matrix, with independent draws. */
    void fill(double[] theta, int from, int to, int fanIn, int fanOut, Random random) {
        for (int i = from; i < to; i++) {
            theta[i] = draw(fanIn, fanOut, random);
        }
    }
}
