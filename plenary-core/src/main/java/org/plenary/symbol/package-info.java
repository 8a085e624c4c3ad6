/**
 * UN document symbols as text: found where they stand and written the UN's way. Shared by the
 * readers (a scan's masthead, AKN markup), the structure and the extraction, so no layer needs
 * another's classes for them.
 */
package org.plenary.symbol;
