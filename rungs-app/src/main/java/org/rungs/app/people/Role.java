package org.rungs.app.people;

/**
 * What a person may do beyond their own record. Being a manager is not a role: it follows from
 * having reports.
 */
public enum Role {
  /** The people team: sees everyone, imports people, configures Rungs. */
  ADMIN,
  /** Everyone else: their own record, and their reports' if they have any. */
  MEMBER
}
