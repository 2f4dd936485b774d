package nl.meldcheck.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.fetcher.fs.FileSystemFetcher;

/**
 * The file fetcher of {@link IsolatedReader}'s forked JVMs. Tika's PipesServer parses with the
 * metadata the fetcher returns and ignores the tuple's, so the plain FileSystemFetcher would make
 * the child detect the type again from the bytes alone, without the file name: an HTML file
 * without tags could then parse as plain text although this JVM detected HTML. This fetcher puts
 * the name and the type detected here ({@link Hint}, carried in the ParseContext) into the
 * metadata, as the in-process reader does, so both routes parse the same way. Public with a
 * no-argument constructor because the child instantiates it from the pipes configuration.
 */
public class TypedFileFetcher extends FileSystemFetcher {
  /** File name and detected media type, sent along with each document. */
  record Hint(String resourceName, String contentType) implements Serializable {}

  @Override
  public InputStream fetch(String fetchKey, Metadata metadata, ParseContext parseContext)
      throws IOException, TikaException {
    Hint hint = parseContext == null ? null : parseContext.get(Hint.class);
    if (hint != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, hint.resourceName());
      // the type is known already: skip AutoDetectParser's second detection pass
      metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, hint.contentType());
    }
    return super.fetch(fetchKey, metadata, parseContext);
  }
}
