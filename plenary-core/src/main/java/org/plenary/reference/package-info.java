/** Reference data with named sources: Member States in six languages, agenda items per session. */
package org.plenary.reference;
