package org.rungs.progression;

/**
 * Who someone is to the person an assessment or a check-in is about: the person themselves, one of
 * their managers (up the reporting line; an application may count its administrators as managers of
 * everyone), or anyone else.
 */
public enum Party {
  PERSON,
  MANAGER,
  OTHER
}
