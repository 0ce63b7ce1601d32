package org.regwatch.query.developments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures travel to PostgreSQL as one flat array and come back as text. */
class SqlArraysTest {

  @Test
  void aSignatureReadAsTextParsesBackToTheSameHashesIncludingTheExtremes() {
    int[] signature = extremes();
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < signature.length; i++) {
      text.append(i == 0 ? "" : ",").append(signature[i]);
    }
    text.append('}');

    assertThat(SqlArrays.ints(text.toString().getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(signature);
  }

  @Test
  void aSignatureReadInPostgresBinaryFormatParsesBackToTheSameHashes() {
    int[] signature = extremes();
    // array_send: dimensions, has-nulls, element type (int4 = 23), length and lower bound, then
    // each element as its length (4) and value, all big-endian
    ByteBuffer wire = ByteBuffer.allocate(20 + 8 * signature.length);
    wire.putInt(1).putInt(0).putInt(23).putInt(signature.length).putInt(1);
    for (int hash : signature) {
      wire.putInt(4).putInt(hash);
    }

    assertThat(SqlArrays.ints(wire.array())).containsExactly(signature);
  }

  private static int[] extremes() {
    int[] signature = MinHash.signature("Northfield council bans police facial recognition");
    signature[0] = Integer.MIN_VALUE;
    signature[1] = Integer.MAX_VALUE;
    signature[2] = 0;
    signature[3] = -7;
    return signature;
  }

  @Test
  void signaturesAreLaidOutOneAfterTheOtherSoThatRowNTakesItsOwnSlice() {
    int[] first = MinHash.signature("Amazon pauses police use of Rekognition for one year");
    int[] second = MinHash.signature("Northfield council bans facial recognition");

    int[] flat = SqlArrays.signatures(List.of(first, second), s -> s);

    assertThat(flat).hasSize(2 * MinHash.SIZE);
    assertThat(java.util.Arrays.copyOfRange(flat, 0, MinHash.SIZE)).containsExactly(first);
    assertThat(java.util.Arrays.copyOfRange(flat, MinHash.SIZE, 2 * MinHash.SIZE))
        .containsExactly(second);
    assertThat(SqlArrays.slice("s.sig", "u.n")).isEqualTo("s.sig[(u.n - 1) * 64 + 1 : u.n * 64]");
  }
}
