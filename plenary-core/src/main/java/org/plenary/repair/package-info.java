/** Layout repair: from pages of lines to one text cut into blocks, with page furniture taken out. */
package org.plenary.repair;
