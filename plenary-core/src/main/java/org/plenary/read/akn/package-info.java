/**
 * Reading Akoma Ntoso 3.0 XML as the United Nations publishes it (AKN4UN): the record comes from the
 * XML's metadata and structure, checked against its printed text. Also the AKN vocabulary that
 * {@link org.plenary.write.AknWriter} writes with, so that reading and writing agree.
 */
package org.plenary.read.akn;
