package org.frontline.benchmarks.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated posts saved to a file, so that a measurement can read a million posts back in seconds instead of
 * generating them while it holds the benchmark lock. The file records the count and seed it was made from.
 */
final class PostFile {

    private PostFile() {}

    /** The posts saved in {@code file} for {@code count} and {@code seed}; empty when there are none for them. */
    static List<Workload.Post> read(Path file, int count, long seed) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != count || in.readLong() != seed) {
                return List.of();
            }
            List<Workload.Post> posts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                posts.add(new Workload.Post(in.readUTF(), in.readUTF()));
            }
            return posts;
        }
    }

    static void write(Path file, List<Workload.Post> posts, long seed) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            out.writeInt(posts.size());
            out.writeLong(seed);
            for (Workload.Post post : posts) {
                out.writeUTF(post.text());
                out.writeUTF(post.lang());
            }
        }
    }
}
