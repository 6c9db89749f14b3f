package org.rungs.progression;

/** How many of one topic's criteria at one level a person has demonstrated. */
public record TopicProgress(String topicName, String topicTitle, LevelProgress progress) {}
