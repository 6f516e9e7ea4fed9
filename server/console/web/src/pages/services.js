// SPDX-License-Identifier: GPL-3.0-or-later
// The Services and times page of the coordinators' console (being written).
export const name = 'services';
export const titleKey = 'services.title';
export const strings = {
    zh: { 'services.title': '服务与预约时段' },
    en: { 'services.title': 'Services and times' },
};

export async function render() {}
