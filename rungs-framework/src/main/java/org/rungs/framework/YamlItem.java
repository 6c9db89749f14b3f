package org.rungs.framework;

import java.util.List;

/**
 * A new item for a YAML sequence, written both ways: as block lines (the first follows the {@code -
 * }, the others are indented relative to the item's column) and as one flow item.
 */
record YamlItem(List<String> blockLines, String flow) {

  YamlItem {
    blockLines = List.copyOf(blockLines);
  }

  static YamlItem scalar(String scalar) {
    return new YamlItem(List.of(scalar), scalar);
  }

  /**
   * The block lines, the first after {@code firstPrefix}, the others indented by {@code column}.
   */
  List<String> indented(String firstPrefix, int column) {
    String indent = " ".repeat(column);
    return java.util.stream.IntStream.range(0, blockLines.size())
        .mapToObj(i -> (i == 0 ? firstPrefix : indent) + blockLines.get(i))
        .toList();
  }
}
