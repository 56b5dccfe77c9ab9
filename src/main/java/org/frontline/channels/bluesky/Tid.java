package org.frontline.channels.bluesky;

import java.time.Instant;
import java.util.UUID;

/**
 * A record key in the AT Protocol's TID format: 64 bits (microseconds since the epoch, then a 10-bit clock
 * id) written as 13 characters of base32-sortable. Derived from the reply's queue time and id, so every
 * attempt of one reply writes the same key and a PDS can never hold the reply twice.
 */
final class Tid {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

    private Tid() {}

    static String of(Instant time, UUID reply) {
        var micros = time.getEpochSecond() * 1_000_000 + time.getNano() / 1000;
        var clockId = (int) (reply.getLeastSignificantBits() & 0x3ff);
        var value = (micros & 0x1f_ffff_ffff_ffffL) << 10 | clockId;
        var out = new char[13];
        for (var i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }
}
