package nl.meldcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML report's inline style sheet and script, and the Content-Security-Policy that allows
 * exactly that script (by hash) and nothing else: even if escaping ever failed, a script smuggled
 * in through a document quote would not run, and the page can load nothing from the network.
 */
final class HtmlAssets {
  /**
   * Filters by outcome and area. The form is hidden in the markup and shown only by this script,
   * so without JavaScript the reader gets every criterion and no dead controls.
   */
  static final String SCRIPT = """
      (function () {
        var form = document.getElementById('filters');
        if (!form) { return; }
        var outcome = document.getElementById('filter-outcome');
        var area = document.getElementById('filter-area');
        var count = document.getElementById('filter-count');
        var items = document.querySelectorAll('article.criterion');
        var groups = document.querySelectorAll('section.area');
        function apply() {
          var shown = 0;
          for (var i = 0; i < items.length; i++) {
            var item = items[i];
            var ok = (!outcome.value || item.getAttribute('data-outcome') === outcome.value)
                && (!area.value || item.getAttribute('data-area') === area.value);
            item.hidden = !ok;
            if (ok) { shown++; }
          }
          for (var j = 0; j < groups.length; j++) {
            groups[j].hidden = groups[j].querySelector('article.criterion:not([hidden])') === null;
          }
          count.textContent = shown + ' ' + form.getAttribute('data-of') + ' ' + items.length + ' '
              + form.getAttribute('data-shown');
        }
        outcome.addEventListener('change', apply);
        area.addEventListener('change', apply);
        form.hidden = false;
        apply();
      })();
      """;

  static final String STYLE = """
      :root{color:%1$s;background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
      body{max-width:60rem;margin:0 auto;padding:1.5rem}
      h1{font-size:1.6rem;margin:0 0 .5rem}
      h2{font-size:1.3rem;border-bottom:1px solid %3$s;padding-bottom:.25rem;margin-top:2rem}
      h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
      h4{font-size:1rem;margin:0 0 .25rem}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}
      dl.facts dt{font-weight:600}
      dl.facts dd{margin:0}
      .summary{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
      .badge{display:inline-block;color:#fff;border-radius:.3rem;padding:.05rem .45rem;font-size:.85rem;font-weight:600}
      .verdict{font-size:1.2rem}
      .muted,.where,.meta{color:%2$s}
      .formula{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
      table.areas{border-collapse:collapse}
      table.areas th,table.areas td{text-align:left;padding:.2rem .75rem .2rem 0}
      table.areas td.num{text-align:right;font-variant-numeric:tabular-nums}
      table.cases{border-collapse:collapse;font-size:.9rem}
      table.cases th,table.cases td{text-align:left;padding:.2rem .6rem .2rem 0;border-bottom:1px solid %3$s}
      table.cases td.num{text-align:right;font-variant-numeric:tabular-nums}
      .scroll{overflow-x:auto}
      article.criterion{border:1px solid %3$s;border-radius:.4rem;padding:.75rem 1rem;margin:.75rem 0}
      article.criterion dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0 0}
      article.criterion dt{font-weight:600}
      article.criterion dd{margin:0}
      .cid{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
      figure{margin:0 0 .5rem}
      blockquote{margin:0;padding-left:.75rem;border-left:3px solid %3$s}
      figcaption{font-size:.9rem}
      .filters{display:flex;gap:.5rem 1rem;flex-wrap:wrap;align-items:center;margin:.5rem 0}
      .filters[hidden]{display:none}
      select{font:inherit}
      a{color:#0550ae}
      :focus-visible{outline:3px solid #0550ae;outline-offset:2px}
      %4$s@media print{
      .filters{display:none!important}
      :root{font-size:10pt}
      body{max-width:none;padding:0}
      article.criterion,figure,tr{break-inside:avoid}
      .badge,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """.formatted(HtmlTheme.TEXT, HtmlTheme.MUTED, HtmlTheme.TRACK, HtmlTheme.badgeCss());

  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src '"
      + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

  private HtmlAssets() {}

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
