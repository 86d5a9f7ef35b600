package coop.ess.core.governance;

import coop.ess.core.MessageCatalog;

/** The message catalog of the governance package: {@code ess-messages/governance.properties} and its French twin. */
final class GovernanceMessages {

  static final MessageCatalog CATALOG = MessageCatalog.load(GovernanceMessages.class, "governance");

  private GovernanceMessages() {}
}
