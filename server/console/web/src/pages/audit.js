// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit log page of the coordinators' console (being written).
export const name = 'audit';
export const titleKey = 'audit.title';
export const strings = {
    zh: { 'audit.title': '查看与修改记录' },
    en: { 'audit.title': 'Audit log' },
};

export async function render() {}
