// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import Kiosk.Accessibility
import "finder.js" as Finder

// What a visitor sees of the home tiles, in every theme and at the smallest and largest text:
// big pictograms, equal bands, and a task told apart from the others by more than its colour.
Item {
    id: stage
    width: 1080
    height: 1500

    TestCase {
        name: "HomeTiles"
        when: windowShown

        Component {
            id: homeComponent
            HomePage {
                width: stage.width
                height: stage.height
                tasksOpen: true // this stage has no station store
            }
        }
        Component {
            id: closedHomeComponent
            HomePage {
                width: stage.width
                height: stage.height
                tasksOpen: false
            }
        }

        function init() {
            VisitorSettings.resetToDefaults();
        }
        function cleanup() {
            VisitorSettings.resetToDefaults();
        }

        function tilesOf(home) {
            const tiles = Finder.findAll(home, "tile_");
            compare(tiles.length, 5, "five home tiles");
            return tiles;
        }

        function settle(home) {
            // The grid places its tiles on the next polish; the canvases paint a frame later.
            waitForRendering(home);
            wait(50);
        }

        function test_pictogramFillsItsBandAndBandsAreEqual_data() {
            const rows = [];
            for (const theme of Theme.names)
                for (const step of [0, 3])
                    rows.push({tag: theme + " step " + step, theme: theme, step: step});
            return rows;
        }
        function test_pictogramFillsItsBandAndBandsAreEqual(data) {
            VisitorSettings.theme = data.theme;
            VisitorSettings.textSizeStep = data.step;
            const home = createTemporaryObject(homeComponent, stage);
            settle(home);
            const tiles = tilesOf(home);
            const firstBand = Finder.find(tiles[0], "band");
            for (const tile of tiles) {
                const band = Finder.find(tile, "band");
                const picture = Finder.find(tile, "pictogram");
                verify(band.height > Theme.mm(20), tile.objectName + " band " + band.height);
                verify(picture.height >= 0.6 * band.height,
                       tile.objectName + ": pictogram " + picture.height + " px in a band of " + band.height);
                // Same row or not: every band is as tall as the first tile's.
                compare(band.height, firstBand.height, tile.objectName + " band height");
                compare(tile.height, tiles[0].height, tile.objectName + " tile height");
            }
        }

        function test_everyTaskLooksDifferentInEveryTheme_data() {
            return Theme.names.map(theme => ({tag: theme, theme: theme}));
        }
        function test_everyTaskLooksDifferentInEveryTheme(data) {
            VisitorSettings.theme = data.theme;
            const home = createTemporaryObject(homeComponent, stage);
            settle(home);
            const tiles = tilesOf(home);
            // Each band carries its task's own pattern, drawn across the band in a tone seen
            // against it (3:1 or more): no two tasks alike, whatever their colours.
            for (let i = 0; i < tiles.length; ++i) {
                const pattern = Finder.find(tiles[i], "bandPattern");
                const band = Finder.find(tiles[i], "band");
                verify(pattern.visible && pattern.width >= band.width - 1 && pattern.height >= band.height - 1,
                       tiles[i].objectName + ": its pattern covers its band");
                verify(Theme.contrastRatio(pattern.tone, band.color) >= 3,
                       tiles[i].objectName + ": pattern " + pattern.tone + " on " + band.color);
                for (let j = i + 1; j < tiles.length; ++j)
                    verify(tiles[i].pattern !== tiles[j].pattern && tiles[i].pattern.length > 0,
                           tiles[i].objectName + " and " + tiles[j].objectName + " draw the same band pattern");
            }
            // Call staff keeps its own (red) colour, unlike every other task.
            const callStaff = tiles.find(t => t.objectName === "tile_callstaff");
            verify(callStaff, "a Call staff tile");
            for (const tile of tiles)
                if (tile !== callStaff)
                    verify(!Qt.colorEqual(tile.bandColor, callStaff.bandColor),
                           tile.objectName + " has Call staff's colour " + callStaff.bandColor);
            verify(callStaff.bandColor.r > callStaff.bandColor.g + 0.3 && callStaff.bandColor.r > callStaff.bandColor.b + 0.3,
                   "Call staff's band is red, not " + callStaff.bandColor);
        }

        function test_aTaskThatCannotBeDoneSaysSoInEveryTheme_data() {
            return Theme.names.map(theme => ({tag: theme, theme: theme}));
        }
        function test_aTaskThatCannotBeDoneSaysSoInEveryTheme(data) {
            VisitorSettings.theme = data.theme;
            const home = createTemporaryObject(closedHomeComponent, stage);
            settle(home);
            for (const tile of tilesOf(home)) {
                // In words, not only by its look: "Not available now" under the title, and said
                // as the tile's state when it is focused.
                const subtitle = Finder.find(tile, "tileSubtitle");
                compare(subtitle.text, "Not available now", tile.objectName);
                compare(tile.Accessible.description, "Not available now", tile.objectName);
                // Its colour gone, but picture, pattern and words still read against the tile.
                const band = Finder.find(tile, "band");
                verify(Qt.colorEqual(band.color, Theme.surface), tile.objectName + " band " + band.color);
                const picture = Finder.find(tile, "pictogram");
                verify(Theme.contrastRatio(picture.color, band.color) >= 4.5,
                       tile.objectName + ": pictogram " + picture.color + " on " + band.color);
                verify(Theme.contrastRatio(subtitle.color, Theme.surface) >= 4.5,
                       tile.objectName + ": words " + subtitle.color + " on " + Theme.surface);
                verify(Theme.contrastRatio(Finder.find(tile, "bandPattern").tone, band.color) >= 3, tile.objectName + " pattern");
            }
        }
    }
}
