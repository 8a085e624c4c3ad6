/** Rules of Chinese that are algorithms rather than data: Chinese numerals, traditional characters. */
package org.plenary.lang.zh;
