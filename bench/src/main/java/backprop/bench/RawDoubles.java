package backprop.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of raw little-endian IEEE-754 doubles, the format in which the Java and the Python side
 * of {@code bench/run.sh} hand each other data sets, initial weights and loss trajectories
 * (numpy reads them with {@code np.fromfile(path, dtype='<f8')}).
 */
final class RawDoubles {

    private RawDoubles() {
    }

    /** Writes the values in order, 8 bytes each, little-endian. */
    static void write(Path file, double[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes.array());
    }

    /** Reads every double of the file. */
    static double[] read(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length % Double.BYTES != 0) {
            throw new IllegalArgumentException("file must hold a whole number of doubles, " + file + " had "
                    + raw.length + " bytes");
        }
        DoubleBuffer doubles = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double[] values = new double[doubles.remaining()];
        doubles.get(values);
        return values;
    }

    /** Concatenates arrays, for writing several tensors to one file. */
    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] p : parts) {
            length += p.length;
        }
        double[] all = new double[length];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
