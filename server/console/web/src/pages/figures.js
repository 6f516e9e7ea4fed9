// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan figures page of the coordinators' console (being written).
export const name = 'figures';
export const titleKey = 'figures.title';
export const strings = {
    zh: { 'figures.title': '计划指标' },
    en: { 'figures.title': 'Plan figures' },
};

export async function render() {}
