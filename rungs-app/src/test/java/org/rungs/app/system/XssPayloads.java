package org.rungs.app.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Script-injection payloads for the hostile-input tests: the OWASP XSS filter evasion cheat sheet's
 * vectors, Markdown links and raw HTML, SVG and MathML, entity and encoding tricks, attribute and
 * element breakouts, {@code data:} URLs, CSS expressions and template syntax. Each calls {@code
 * alert} with its own number, so a hook on {@code alert} says which one ran.
 */
final class XssPayloads {
  private XssPayloads() {}

  /** {@code $} stands for {@code alert(N)}. */
  private static final List<String> TEMPLATES =
      List.of(
          // The cheat sheet's classics.
          "<script>$</script>",
          "<script src=\"data:text/javascript,$\"></script>",
          "<IMG SRC=\"javascript:$\">",
          "<IMG SRC=javascript:$>",
          "<IMG SRC=JaVaScRiPt:$>",
          "<IMG SRC=`javascript:$`>",
          "<a onmouseover=\"$\">xxs link</a>",
          "<IMG \"\"\"><SCRIPT>$</SCRIPT>\"\\>",
          "<IMG SRC=# onmouseover=\"$\">",
          "<IMG SRC= onmouseover=\"$\">",
          "<IMG onmouseover=\"$\">",
          "<IMG SRC=/ onerror=\"$\"></img>",
          "<img src=x onerror=$>",
          "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$>",
          "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105"
              + "&#0000112&#0000116&#0000058$>",
          "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A$>",
          "<IMG SRC=\"jav\tascript:$;\">",
          "<IMG SRC=\"jav&#x09;ascript:$;\">",
          "<IMG SRC=\"jav&#x0A;ascript:$;\">",
          "<IMG SRC=\"jav&#x0D;ascript:$;\">",
          "<IMG SRC=\" &#14;  javascript:$;\">",
          "<SCRIPT/XSS SRC=\"data:,$\"></SCRIPT>",
          "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=$>",
          "<<SCRIPT>$//<</SCRIPT>",
          "<SCRIPT SRC=data:,$?< B >",
          "<IMG SRC=\"`<javascript:$>`\">",
          "</TITLE><SCRIPT>$</SCRIPT>",
          "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:$;\">",
          "<BODY BACKGROUND=\"javascript:$\">",
          "<IMG DYNSRC=\"javascript:$\">",
          "<IMG LOWSRC=\"javascript:$\">",
          "<STYLE>li {list-style-image: url(\"javascript:$\");}</STYLE><UL><LI>XSS</br>",
          "<scr<script>ipt>$</scr</script>ipt>",
          "<ScRiPt>$</sCrIpT>",
          "<script type=\"text/javascript\">$</script>",
          "<img src=x:$ onerror=eval(src.slice(2)) alt=0>",
          "<a href=\"javascript&colon;$\">colon entity</a>",
          "<isindex action=\"javascript:$\" type=image>",
          "<xss id=x tabindex=1 onfocus=$ autofocus></xss>",
          "<a href=\"#\" onclick=\"$\">click</a>",
          "<x onclick=$>click",
          "<input onfocus=$ autofocus>",
          "<select onfocus=$ autofocus>",
          "<textarea onfocus=$ autofocus>",
          "<keygen onfocus=$ autofocus>",
          "<details open ontoggle=$>",
          "<video><source onerror=$></video>",
          "<audio src=x onerror=$>",
          "<body onpageshow=$>",
          "<marquee onstart=$>x</marquee>",
          "<form><button formaction=javascript:$>X</button></form>",
          // SVG and MathML.
          "<svg/onload=$>",
          "<svg><script>$</script></svg>",
          "<svg><animate onbegin=$ attributeName=x dur=1s>",
          "<svg><a xlink:href=\"javascript:$\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
          "<svg><set attributeName=\"onload\" to=\"$\"/></svg>",
          "<svg><style><img src=x onerror=$></style></svg>",
          "<math><mtext><table><mglyph><style><img src=x onerror=$></style></mglyph></table>"
              + "</mtext></math>",
          "<math href=\"javascript:$\">CLICKME</math>",
          "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:$\">CLICKME</maction>"
              + "</math>",
          "<noscript><p title=\"</noscript><img src=x onerror=$>\">",
          "<template><script>$</script></template>",
          // Frames, objects and what changes where links go.
          "<iframe src=\"javascript:$\"></iframe>",
          "<iframe srcdoc=\"<script>parent.$</script>\"></iframe>",
          "<object data=\"javascript:$\"></object>",
          "<embed src=\"data:text/html,<script>$</script>\">",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:$\">",
          "<base href=\"javascript:$//\">",
          // data: URLs and CSS.
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">$ data</a>",
          "<a href=\"data:text/html,<script>$</script>\">data link</a>",
          "<img src=\"data:image/svg+xml,<svg onload=$>\">",
          "<div style=\"width: expression($);\">css expression</div>",
          "<div style=\"background:url(javascript:$)\">css url</div>",
          "<link rel=\"stylesheet\" href=\"javascript:$\">",
          "<style>@import 'javascript:$';</style>",
          "<table background=\"javascript:$\"><tr><td>x</td></tr></table>",
          // Entity tricks in links.
          "<a href=\"&#x6A;avascript:$\">entity</a>",
          "<a href=\"jav&#x61;script:$\">entity 2</a>",
          "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58$\">entity 3</a>",
          "&lt;script&gt;$&lt;/script&gt;",
          "&#60;script&#62;$&#60;/script&#62;",
          "\\u003cscript\\u003e$\\u003c/script\\u003e",
          "%3Cscript%3E$%3C/script%3E",
          // Breaking out of attributes and elements.
          "\"><script>$</script>",
          "'><script>$</script>",
          "\" onmouseover=\"$\" x=\"",
          "' onfocus='$' autofocus x='",
          "\" autofocus onfocus=\"$",
          "</textarea><script>$</script>",
          "</title><script>$</script>",
          "</style><script>$</script>",
          "</script><script>$</script>",
          "<!--<img src=\"--><img src=x onerror=$//\">",
          "<![CDATA[<script>$</script>]]>",
          "\"/><svg onload=$>",
          // Template and JTE breakouts.
          "${$}",
          "{{constructor.constructor('$')()}}",
          "@raw<script>$</script>@endraw",
          "${\"<script>$</script>\"}",
          "!{$}",
          "#{$}",
          "<%= $ %>",
          // Markdown.
          "[x](javascript:$)",
          "[x](JaVaScRiPt:$)",
          "[x](  javascript:$  )",
          "[x](javascript&#58;$)",
          "[x](&#106;avascript:$)",
          "![x](javascript:$)",
          "[x](data:text/html,<script>$</script>)",
          "<javascript:$>",
          "[x](vbscript:$)",
          "[<img src=x onerror=$>](https://example.com)",
          "![x\" onerror=\"$](https://example.com/x.png)",
          "[x](https://example.com/\" onclick=\"$)",
          "<a href=\"https://example.com\" onclick=\"$\">raw html link</a>",
          "<div onmouseover=\"$\">raw html block</div>",
          "javascript:$",
          "**<img src=x onerror=$>**");

  /** Every payload, numbered from 1. */
  static List<String> all() {
    List<String> payloads = new ArrayList<>();
    for (int i = 0; i < TEMPLATES.size(); i++) {
      payloads.add(TEMPLATES.get(i).replace("$", "alert(" + (i + 1) + ")"));
    }
    return payloads;
  }

  /** Markdown that only works across lines: a reference-style link and a raw HTML block. */
  static final String MARKDOWN_BLOCKS =
      """
      [a reference][evil]

      [evil]: javascript:alert(1001)

      <div>
      <img src=x onerror=alert(1002)>
      </div>

      <details open ontoggle=alert(1003)>

      | a | b |
      |---|---|
      | <img src=x onerror=alert(1004)> | [x](javascript:alert(1005)) |
      """;
}
