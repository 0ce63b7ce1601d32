package org.regwatch.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorKeysTest {

  // sha256("night-shift-operator"), computed with `printf %s night-shift-operator | sha256sum`
  private static final String NIGHT_SHIFT_SHA256 =
      "sha256:" + "dad6b70b7c22c8f242c4483e645569ae630782d72ede7c9b2d17e220d8236806";

  @Test
  void aPlainConfiguredKeyMatchesItself() {
    OperatorKeys keys = new OperatorKeys(List.of("dev-operator-key"));

    assertThat(keys.isOperatorKey("dev-operator-key")).isTrue();
    assertThat(keys.isOperatorKey("dev-operator-key2")).isFalse();
  }

  @Test
  void aHashedEntryMatchesTheKeyWhoseSha256ItIs() {
    OperatorKeys keys = new OperatorKeys(List.of(NIGHT_SHIFT_SHA256));

    assertThat(keys.isOperatorKey("night-shift-operator")).isTrue();
    assertThat(keys.isOperatorKey(NIGHT_SHIFT_SHA256)).isFalse();
  }

  @Test
  void anUpperCaseHexEntryStillMatches() {
    OperatorKeys keys = new OperatorKeys(List.of(NIGHT_SHIFT_SHA256.toUpperCase().replace("SHA256:", "sha256:")));

    assertThat(keys.isOperatorKey("night-shift-operator")).isTrue();
  }

  @Test
  void anyOfSeveralKeysMatchesAndBlankEntriesAreIgnored() {
    OperatorKeys keys = new OperatorKeys(List.of(" ", "day-shift-operator ", NIGHT_SHIFT_SHA256));

    assertThat(keys.isOperatorKey("day-shift-operator")).isTrue();
    assertThat(keys.isOperatorKey("night-shift-operator")).isTrue();
    assertThat(keys.isOperatorKey("")).isFalse();
  }

  @Test
  void theDefaultAllZeroHashMatchesNoKey() {
    OperatorKeys keys = new OperatorKeys(List.of("sha256:" + "0".repeat(64)));

    assertThat(keys.isOperatorKey("")).isFalse();
    assertThat(keys.isOperatorKey("0".repeat(64))).isFalse();
  }

  @Test
  void hashesAreLowerCaseHexSha256() {
    assertThat(ApiKeyHashes.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
