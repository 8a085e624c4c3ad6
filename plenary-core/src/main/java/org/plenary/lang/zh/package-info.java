/** Rules of Chinese that are algorithms rather than data: Chinese numerals. */
package org.plenary.lang.zh;
