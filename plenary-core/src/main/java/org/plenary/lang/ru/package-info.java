/** Rules of Russian text that are algorithms rather than data: Latin look-alike letters. */
package org.plenary.lang.ru;
