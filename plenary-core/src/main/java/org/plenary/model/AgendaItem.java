package org.plenary.model;

/**
 * An agenda item a document is issued under.
 *
 * @param subItem "(a)" etc. where the item is a sub-item, else null
 * @param title the title as printed in the document's language, or null
 * @param titleEn the English title from reference data, or null
 * @param provisional whether the masthead says "of the provisional agenda"
 */
public record AgendaItem(int number, String subItem, String title, String titleEn, boolean provisional) {}
