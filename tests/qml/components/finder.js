// SPDX-License-Identifier: GPL-3.0-or-later
// Finds items by objectName inside a component under test (the tests look at what is drawn).
.pragma library

function find(item, name) {
    if (!item)
        return null;
    if (item.objectName === name)
        return item;
    const kids = item.children || [];
    for (let i = 0; i < kids.length; ++i) {
        const found = find(kids[i], name);
        if (found)
            return found;
    }
    return null;
}

function findAll(item, prefix, out) {
    out = out || [];
    if (!item)
        return out;
    if (item.objectName && item.objectName.indexOf(prefix) === 0)
        out.push(item);
    const kids = item.children || [];
    for (let i = 0; i < kids.length; ++i)
        findAll(kids[i], prefix, out);
    return out;
}
