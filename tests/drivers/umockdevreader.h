// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An ID-card reader on an emulated USB bus: umockdev describes the device (0400:c35a, one
// vendor-specific interface, bulk IN 0x81 and OUT 0x02) and answers its usbdevfs ioctls
// in-process, as libusb's own tests/umockdev.c does. The real libusb runs unmodified above it;
// the device side of the protocol is the simulated reader.

#include "drivers/idcard/simulatedreader.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <mutex>

typedef struct _UMockdevTestbed UMockdevTestbed;
typedef struct _UMockdevIoctlBase UMockdevIoctlBase;
typedef struct _UMockdevIoctlClient UMockdevIoctlClient;
typedef struct _UMockdevIoctlData UMockdevIoctlData;

/// @brief A USB ID-card reader emulated by umockdev, with faults a test can switch on.
class UmockdevReader
{
public:
    UmockdevReader();
    ~UmockdevReader();

    /// Creates the testbed and plugs the reader in; false (with why()) if umockdev cannot run.
    bool setUp();
    [[nodiscard]] QString why() const { return m_why; }

    idcard::SimulatedReader reader;

    /// Sizes of successive IN transfers' data, cycled (e.g. {7, 64}: header, then 64-byte
    /// pieces). One element {4096}: whole frames in one read.
    void setChunks(QList<int> chunks);
    /// Flip a bit in the checksum of the next `count` answers.
    void corruptNextAnswers(int count);
    /// The device stops answering (a stuck reader) until set back.
    void setSilent(bool silent);
    /// Every ioctl fails with ENODEV, as after an unplug; false plugs it back.
    void setUnplugged(bool unplugged);
    /// Unplug as soon as a request with this CMD byte arrives (after taking it).
    void unplugOnCommand(quint8 cmd);
    [[nodiscard]] bool unplugged() const;
    /// Takes the device out of the testbed (a remove uevent) as well as failing its ioctls.
    void removeDevice();
    /// Puts it back (an add uevent) and lets its ioctls work again.
    bool addDevice();
    /// Bulk OUT transfers received so far.
    [[nodiscard]] int requestsSeen() const;

private:
    static int onIoctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, void *self);
    bool handle(UMockdevIoctlClient *client);
    void pump();

    UMockdevTestbed *m_testbed = nullptr;
    UMockdevIoctlBase *m_handler = nullptr;
    QString m_why;

    mutable std::mutex m_mutex;
    QByteArray m_outgoing;
    std::deque<UMockdevIoctlData *> m_pendingIn;  ///< submitted IN URBs waiting for data
    std::deque<UMockdevIoctlData *> m_reapable;   ///< completed URBs for REAPURB
    std::deque<UMockdevIoctlData *> m_discarded;  ///< cancelled URBs, reaped with -ENOENT
    QList<int> m_chunks{64};
    int m_chunkIndex = 0;
    int m_corrupt = 0;
    bool m_silent = false;
    bool m_unplugged = false;
    int m_unplugOn = -1;
    int m_requests = 0;
};
