// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing to compile: kiosk_test_precompiled exists to build the precompiled headers that every
// test executable reuses (tests/KioskTest.cmake).
