package org.regwatch.poller.parsing;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes → text with the charset a feed means: byte-order mark, then the HTTP charset, then the XML
 * declaration (ROME's {@link XmlReader} rules), and one repair: a document labelled UTF-8 whose
 * bytes are not valid UTF-8 is almost always Windows-1252 (CMS exports), so it is read as such
 * rather than filled with replacement characters.
 */
final class FeedDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  String decode(byte[] body, String contentType) throws FeedParseException {
    if (body.length == 0) {
      return "";
    }
    String encoding;
    try (XmlReader probe = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      encoding = probe.getEncoding();
    } catch (IOException e) {
      encoding = "UTF-8";
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (RuntimeException e) {
      charset = StandardCharsets.UTF_8;
    }
    int offset = bomLength(body, charset);
    if (charset.equals(StandardCharsets.UTF_8) && !isValidUtf8(body, offset)) {
      return new String(body, offset, body.length - offset, WINDOWS_1252);
    }
    return new String(body, offset, body.length - offset, charset);
  }

  private static int bomLength(byte[] b, Charset charset) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))
        && charset.name().startsWith("UTF-16")) {
      // UTF-16 with BOM: Java's UTF-16 decoder consumes the BOM itself.
      return charset.name().equals("UTF-16") ? 0 : 2;
    }
    return 0;
  }

  private static boolean isValidUtf8(byte[] body, int offset) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, offset, body.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

}
