/** Rules of Arabic that are algorithms rather than data: normalisation of Arabic script for matching. */
package org.plenary.lang.ar;
