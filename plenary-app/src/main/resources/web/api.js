// The HTTP API, as the page calls it.

export async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

export async function getText(url) {
  const response = await fetch(url);
  return response.ok ? response.text() : '';
}

export const documentUrl = (id) => '/api/documents/' + encodeURIComponent(id);
