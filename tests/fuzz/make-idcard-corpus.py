#!/usr/bin/env python3
# Writes the seed corpus of fuzz_idcard: response frames of every card type and status, a
# request, garbage before a frame, an impossible length. Invented data only.
import os, struct
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', 'idcard')
def frame(body):
    l = len(body) + 1
    f = bytes.fromhex('aaaaaa9669') + struct.pack('>H', l) + body
    x = 0
    for b in f[5:]: x ^= b
    return f + bytes([x])
def resp(sw3, data=b''): return frame(b'\0\0' + bytes([sw3]) + data)
def put(t, off, ln, s):
    enc = s.encode('utf-16-le')[:ln]
    enc = enc + ' '.encode('utf-16-le') * ((ln - len(enc)) // 2)
    t[off:off+ln] = enc
def blank(): return bytearray(' '.encode('utf-16-le') * 128)
def resident(marker=''):
    t = blank()
    put(t,0,30,'样例'); put(t,30,2,'1'); put(t,32,4,'01'); put(t,36,16,'19910101')
    put(t,52,70,'某省某市某路1号'); put(t,122,36,'360426199101010071'); put(t,158,30,'某市公安局')
    put(t,188,16,'20110101'); put(t,204,16,'长期')
    if marker:
        put(t,220,18,'H01234567'); put(t,238,4,'01'); put(t,248,2,marker)
    return bytes(t)
def permitI():
    t = blank()
    put(t,0,120,'DOE, JANE'); put(t,120,2,'2'); put(t,122,30,'CAN110075123101'); put(t,152,6,'CAN')
    put(t,158,30,'简多'); put(t,188,16,'20150601'); put(t,204,16,'20250601'); put(t,220,16,'19751231')
    put(t,236,4,'02'); put(t,240,8,'1100'); put(t,248,2,'I')
    return bytes(t)
def permitY():
    t = blank()
    put(t,0,30,'安娜'); put(t,30,2,'1'); put(t,32,4,'01'); put(t,36,16,'19880229')
    put(t,52,70,'ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGH'); put(t,122,36,'931840198802290034')
    put(t,188,16,'20230101'); put(t,204,16,'20330101'); put(t,220,22,'IJKLMNOP'); put(t,242,6,'USA')
    put(t,248,2,'Y')
    return bytes(t)
def read(text, fp=False):
    d = struct.pack('>HH', len(text), 1024) + (struct.pack('>H', 1024) if fp else b'')
    d += text + bytes(range(256)) * 4 + ((b'\x3c' * 1024) if fp else b'')
    return resp(0x90, d)
files = {
  'read-resident': read(resident()),
  'read-resident-fingerprint': read(resident(), True),
  'read-permit-j': read(resident('J')),
  'read-permit-i': read(permitI()),
  'read-permit-y': read(permitY(), True),
  'status-ok': resp(0x90),
  'find-found': resp(0x9f),
  'find-none': resp(0x80),
  'samid': resp(0x90, bytes.fromhex('0501202611280000000100000001ffff')),
  'garbage-then-frame': b'\x00\x13\xaa\xaa\x55' + resp(0x90),
  'oversize-length': bytes.fromhex('aaaaaa96691001000090'),
  'request-find': frame(bytes.fromhex('2001')),
  'text-resident': resident(),
}
for name, data in files.items():
    open(os.path.join(out, name), 'wb').write(data)
print(len(files), 'seeds')
