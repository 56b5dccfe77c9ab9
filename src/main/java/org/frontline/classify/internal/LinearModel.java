package org.frontline.classify.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over hashed features: one weight per (feature bucket, label) plus a bias per
 * label. Weights of one bucket sit side by side, so scoring a post reads one short run of memory per feature.
 * Immutable once trained or loaded; safe to share between threads.
 */
public final class LinearModel implements BucketWeights {

    private static final int MAGIC = 0x464c4d31; // "FLM1"

    private final List<String> labels;
    private final int bits;
    private final float[] weights;
    private final float[] bias;

    LinearModel(List<String> labels, int bits, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.bits = bits;
        this.weights = weights;
        this.bias = bias;
    }

    public List<String> labels() {
        return labels;
    }

    public int bits() {
        return bits;
    }

    /** The weights themselves, for {@link JointLogits}; never to be changed. */
    float[] rawWeights() {
        return weights;
    }

    float[] rawBias() {
        return bias;
    }

    public double[] probabilities(FeatureVector x) {
        return softmax(logits(x));
    }

    public double[] logits(FeatureVector x) {
        var k = labels.size();
        var z = new double[k];
        for (var c = 0; c < k; c++) {
            z[c] = bias[c];
        }
        var value = x.value();
        for (var i = 0; i < x.size(); i++) {
            var base = x.index(i) * k;
            for (var c = 0; c < k; c++) {
                z[c] += weights[base + c] * value;
            }
        }
        return z;
    }

    /** How much a feature bucket pushes {@code label} up against the average of the other labels. */
    @Override
    public double weight(int index, int label) {
        var k = labels.size();
        var base = index * k;
        var others = 0.0;
        for (var c = 0; c < k; c++) {
            if (c != label) {
                others += weights[base + c];
            }
        }
        return weights[base + label] - (k > 1 ? others / (k - 1) : 0);
    }

    public static double[] softmax(double[] z) {
        var max = Double.NEGATIVE_INFINITY;
        for (var v : z) {
            max = Math.max(max, v);
        }
        var sum = 0.0;
        var p = new double[z.length];
        for (var c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (var c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Writes the model gzipped, storing only the buckets that some training post touched. */
    public void save(OutputStream target) {
        try (var out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeInt(bits);
            out.writeInt(labels.size());
            for (var label : labels) {
                out.writeUTF(label);
            }
            for (var b : bias) {
                out.writeFloat(b);
            }
            var k = labels.size();
            var used = new ArrayList<Integer>();
            for (var row = 0; row < weights.length / k; row++) {
                if (!zeroRow(row, k)) {
                    used.add(row);
                }
            }
            out.writeInt(used.size());
            for (var row : used) {
                out.writeInt(row);
                for (var c = 0; c < k; c++) {
                    out.writeFloat(weights[row * k + c]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean zeroRow(int row, int k) {
        for (var c = 0; c < k; c++) {
            if (weights[row * k + c] != 0) {
                return false;
            }
        }
        return true;
    }

    public static LinearModel load(InputStream source) {
        try (var in = new DataInputStream(new GZIPInputStream(source))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("Not a Frontline linear model");
            }
            var bits = in.readInt();
            var k = in.readInt();
            var labels = new ArrayList<String>();
            for (var c = 0; c < k; c++) {
                labels.add(in.readUTF());
            }
            var bias = new float[k];
            for (var c = 0; c < k; c++) {
                bias[c] = in.readFloat();
            }
            var weights = new float[(1 << bits) * k];
            var rows = in.readInt();
            for (var r = 0; r < rows; r++) {
                var row = in.readInt();
                for (var c = 0; c < k; c++) {
                    weights[row * k + c] = in.readFloat();
                }
            }
            return new LinearModel(labels, bits, weights, bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
