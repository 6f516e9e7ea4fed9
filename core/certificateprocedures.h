// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CertificateProcedures is declared with its enum in certificateprocedure.h; its rules table
// and offered() live in certificateprocedures.cpp. Include this for the rules.
#include "core/certificateprocedure.h"
#include "core/procedurerule.h"
