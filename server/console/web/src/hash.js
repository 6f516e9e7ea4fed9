// SPDX-License-Identifier: GPL-3.0-or-later
/** '#/queue' address with a query: hashFor('queue', {kind: 'help', status: ''}) -> '#/queue?kind=help' */
export function hashFor(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}
