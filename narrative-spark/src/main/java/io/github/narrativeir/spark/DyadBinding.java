package io.github.narrativeir.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a template written for a generic dyad to one dyad: every whole token {@code SELF} becomes
 * the dyad's source actor, every {@code OTHER} its target. A token is whole when no id character
 * other than {@code :} touches it, so {@code did:SELF:aid:OTHER} binds and {@code SELFISH}, {@code
 * self.retaliation} or {@code SELF-help} do not. Lines stay where they were.
 */
final class DyadBinding {
  static final String SELF = "SELF";
  static final String OTHER = "OTHER";
  private static final Pattern TOKEN =
      Pattern.compile("(?<![A-Za-z0-9._\\-])(SELF|OTHER)(?![A-Za-z0-9._\\-])");

  private DyadBinding() {}

  static String bind(String template, String self, String other) {
    Matcher m = TOKEN.matcher(template);
    StringBuilder sb = new StringBuilder(template.length() + 16);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).equals(SELF) ? self : other));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
