// SPDX-License-Identifier: GPL-3.0-or-later
// The Stations page of the coordinators' console (being written).
export const name = 'stations';
export const titleKey = 'stations.title';
export const strings = {
    zh: { 'stations.title': '服务站' },
    en: { 'stations.title': 'Stations' },
};

export async function render() {}
