package backprop;

/**
 * A data set divided into a training part, used to fit the weights, and a held-out test part,
 * used only to measure how well the fitted network generalises.
 *
 * @param train the samples the network learns from
 * @param test  the held-out samples
 */
public record Split(Dataset train, Dataset test) {

    /** @throws IllegalArgumentException if either part is null */
    public Split {
        if (train == null) {
            throw new IllegalArgumentException("train must not be null, was null");
        }
        if (test == null) {
            throw new IllegalArgumentException("test must not be null, was null");
        }
    }
}
