package nl.meldcheck.audit;

import java.nio.file.Path;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentException;

/** Where the auditor gets documents from: the Tika reader in production, fixtures in tests. */
@FunctionalInterface
public interface DocumentSource {
  Document read(Path file) throws DocumentException;
}
