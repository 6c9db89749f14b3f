package org.rungs.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;

/**
 * The navigation of the site, as on Monzo's: frameworks without a group first, then one collapsible
 * section per {@code sidebarGroup}. Each entry shows its sidebar title's leading emoji as its icon;
 * a framework without one still appears. The generic framework and the home page are reachable but
 * not listed.
 */
public record Sidebar(List<Entry> ungrouped, List<Group> groups) {

  /** One framework in the sidebar. */
  public record Entry(String path, String icon, String label) {}

  /** One {@code sidebarGroup}, titled for people. */
  public record Group(String key, String title, List<Entry> entries) {
    /** An HTML id for this group's heading. */
    public String anchor() {
      return "group-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public boolean contains(String path) {
      return entries.stream().anyMatch(entry -> entry.path().equals(path));
    }
  }

  public Sidebar {
    ungrouped = List.copyOf(ungrouped);
    groups = List.copyOf(groups);
  }

  public static Sidebar of(FrameworkSet set) {
    List<Entry> ungrouped = new ArrayList<>();
    Map<String, List<Entry>> grouped = new LinkedHashMap<>();
    for (Framework framework : set.frameworks()) {
      if (framework.isGeneric() || framework.path().equals("/")) {
        continue;
      }
      Entry entry = entry(framework);
      String group = framework.document().sidebarGroup();
      if (group == null || group.isBlank()) {
        ungrouped.add(entry);
      } else {
        grouped.computeIfAbsent(group.strip(), key -> new ArrayList<>()).add(entry);
      }
    }
    List<Group> groups = new ArrayList<>();
    grouped.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
        .forEach(
            group ->
                groups.add(new Group(group.getKey(), titleCase(group.getKey()), group.getValue())));
    return new Sidebar(ungrouped, groups);
  }

  static Entry entry(Framework framework) {
    String sidebarTitle = framework.document().sidebarTitle();
    String shown =
        sidebarTitle == null || sidebarTitle.isBlank() ? framework.title() : sidebarTitle;
    String icon = Emoji.leading(shown);
    String label = Emoji.withoutLeading(shown);
    return new Entry(framework.path(), icon, label.isEmpty() ? framework.path() : label);
  }

  /** {@code engineering} → Engineering, {@code data-science} → Data Science. */
  public static String titleCase(String key) {
    StringBuilder title = new StringBuilder();
    for (String word : key.replaceAll("([a-z])([A-Z])", "$1 $2").split("[\\s_-]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (title.length() > 0) {
        title.append(' ');
      }
      title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return title.toString();
  }

  public boolean isEmpty() {
    return ungrouped.isEmpty() && groups.isEmpty();
  }
}
