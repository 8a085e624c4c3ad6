/** The library facade ({@link org.plenary.Plenary}) and the errors an unreadable input raises. */
package org.plenary;
