package nl.meldcheck.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces case ids with keyed pseudonyms: HMAC-SHA256 of the id, the first 60 bits written as
 * twelve base-32 characters after "P-". The same key gives the same pseudonym in every run, so a
 * report can be compared with last year's, while without the key the id cannot be recovered or
 * confirmed by trying candidates. The key comes from a file or an environment variable, never
 * from the command line (which other users see in the process list and shell history).
 */
public final class Pseudonymiser {
  /** Shortest key accepted: 16 bytes, the HMAC guidance minimum for a 128-bit security level. */
  public static final int MIN_KEY_BYTES = 16;
  private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> mac;

  private Pseudonymiser(byte[] keyBytes) {
    this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /** A pseudonymiser keyed with the bytes of {@code keyFile} (surrounding whitespace dropped). */
  public static Pseudonymiser fromKeyFile(Path keyFile) throws CasesConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(keyFile);
    } catch (IOException e) {
      throw new CasesConfigException(keyFile.getFileName() + ": sleutelbestand voor"
          + " pseudonimisering niet te lezen (" + e.getClass().getSimpleName() + ")");
    }
    String asText = new String(bytes, StandardCharsets.UTF_8);
    // a text key file loses its trailing newline; a binary one (not UTF-8) is used as is
    byte[] key = asText.indexOf('\uFFFD') >= 0 ? bytes
        : asText.strip().getBytes(StandardCharsets.UTF_8);
    return of(key, "sleutelbestand " + keyFile.getFileName());
  }

  /** A pseudonymiser keyed with environment variable {@code name} of {@code env}. */
  public static Pseudonymiser fromEnvironment(String name, Map<String, String> env)
      throws CasesConfigException {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      throw new CasesConfigException("omgevingsvariabele " + name + " voor de"
          + " pseudonimiseringssleutel is niet gezet");
    }
    return of(v.strip().getBytes(StandardCharsets.UTF_8), "omgevingsvariabele " + name);
  }

  private static Pseudonymiser of(byte[] key, String where) throws CasesConfigException {
    if (key.length < MIN_KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new CasesConfigException(where + ": de sleutel is te kort (minstens " + MIN_KEY_BYTES
          + " tekens of bytes nodig)");
    }
    Pseudonymiser p = new Pseudonymiser(key);
    Arrays.fill(key, (byte) 0);
    return p;
  }

  /** The pseudonym of {@code caseId}, e.g. {@code P-7KQ2M9XA4BCD}. */
  public String pseudonym(String caseId) {
    byte[] h = mac.get().doFinal(caseId.getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = bits << 8 | h[i] & 0xFF;
    }
    char[] out = new char[14];
    out[0] = 'P';
    out[1] = '-';
    for (int i = 0; i < 12; i++) {
      out[2 + i] = BASE32[(int) (bits >>> 59 - 5 * i & 31)];
    }
    return new String(out);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, key hidden]";
  }
}
