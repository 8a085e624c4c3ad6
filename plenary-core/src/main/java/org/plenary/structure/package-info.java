/** Structure: from repaired text to the tree of masthead, title, body, signature and annexes. */
package org.plenary.structure;
