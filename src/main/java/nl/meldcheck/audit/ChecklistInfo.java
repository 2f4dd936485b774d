package nl.meldcheck.audit;

/**
 * The checklist used.
 *
 * @param id id
 * @param version version
 * @param title title in the report language
 * @param passMark score needed for "voldoet"
 * @param source built-in resource name or file path
 */
public record ChecklistInfo(String id, String version, String title, double passMark, String source) {}
