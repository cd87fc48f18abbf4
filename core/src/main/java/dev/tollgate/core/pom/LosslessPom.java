package dev.tollgate.core.pom;

import eu.maveniverse.domtrip.Document;
import eu.maveniverse.domtrip.DomTripException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POM held by DomTrip and proven to write back byte for byte, so an edit changes only what it
 * edits: the one load (decode, parse, check the {@code <project>} root, check the round trip) and
 * save ({@link #toBytes()}) of the lossless POM editors. A file DomTrip cannot reproduce is refused
 * rather than reformatted.
 *
 * @param path the POM, for messages
 * @param bytes the file's bytes as read
 * @param bom whether they start with a UTF-8 byte-order mark
 * @param charset the encoding the file declares (UTF-8 when none)
 * @param text the decoded text, without the byte-order mark
 * @param doc the parsed document
 */
record LosslessPom(
    Path path, byte[] bytes, boolean bom, Charset charset, String text, Document doc) {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  /**
   * Reads and loads the file.
   *
   * @param byHand what the user does instead when the file cannot be written back byte for byte
   */
  static LosslessPom read(Path path, String byHand) throws PomEditException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new PomEditException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
    return of(path, bytes, byHand);
  }

  /** Loads a file's bytes, honouring a byte-order mark and the declared encoding. */
  static LosslessPom of(Path path, byte[] bytes, String byHand) throws PomEditException {
    boolean bom =
        bytes.length >= 3
            && bytes[0] == UTF8_BOM[0]
            && bytes[1] == UTF8_BOM[1]
            && bytes[2] == UTF8_BOM[2];
    int start = bom ? 3 : 0;
    String head =
        new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
    Charset charset = StandardCharsets.UTF_8;
    Matcher m = ENCODING.matcher(head);
    if (!bom && m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new PomEditException(
            path + ": declares the unknown encoding '" + m.group(1) + "'; declare UTF-8", e);
      }
    }
    String text = new String(bytes, start, bytes.length - start, charset);
    if (!Arrays.equals(text.getBytes(charset), Arrays.copyOfRange(bytes, start, bytes.length))) {
      throw new PomEditException(
          path + ": is not valid " + charset.name() + "; fix the encoding or its declaration");
    }
    return new LosslessPom(path, bytes, bom, charset, text, parse(path, text, byHand));
  }

  /**
   * Parses decoded text and checks that it is a POM DomTrip writes back unchanged.
   *
   * @param byHand what the user does instead when it cannot be written back byte for byte
   */
  static Document parse(Path path, String text, String byHand) throws PomEditException {
    Document doc;
    try {
      doc = Document.of(text);
    } catch (DomTripException e) {
      throw new PomEditException(path + ": is not well-formed XML (" + e.getMessage() + ")", e);
    }
    if (doc.root() == null || !"project".equals(doc.root().name())) {
      throw new PomEditException(path + ": has no <project> root element; is it a POM?");
    }
    if (!doc.toXml().equals(text)) {
      throw new PomEditException(
          path + ": cannot be rewritten byte for byte by the XML library; " + byHand);
    }
    return doc;
  }

  /** The document as it is now, in the file's encoding, with its byte-order mark if it had one. */
  byte[] toBytes() {
    byte[] body = doc.toXml().getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[body.length + 3];
    System.arraycopy(UTF8_BOM, 0, out, 0, 3);
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }
}
