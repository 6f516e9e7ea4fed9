#!/usr/bin/env python3
# Writes the seed corpora of fuzz_pushbatch, fuzz_enrollrequest and fuzz_csvimport: valid bodies
# and files as the kiosk and staff make them, and the broken ones the server must refuse (poison
# text, wrong types, missing columns). Invented data only: the ID numbers are made up, with a
# correct check digit so that rows get past the first check.
import json, os
here = os.path.dirname(os.path.abspath(__file__))

def write(folder, files):
    out = os.path.join(here, 'corpus', folder)
    os.makedirs(out, exist_ok=True)
    for name, data in files.items():
        open(os.path.join(out, name), 'wb').write(data if isinstance(data, bytes) else data.encode('utf-8'))
    print(folder, len(files), 'seeds')

def item(kind, payload, n=1, created='2026-05-04T09:30:00+08:00'):
    return {'id': '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a%02x' % n, 'kind': kind, 'createdAt': created, 'payload': payload}

def body(o): return json.dumps(o, ensure_ascii=False, separators=(',', ':'))

write('pushbatch', {
    'help-call': body({'items': [item('help_call', {'helpType': 'accompany_to_hospital'})]}),
    'two-with-backlog': body({'items': [item('rating', {'stars': 5, 'phrases': ['kind']}, 1),
                                        item('check_in', {'volunteerId': 'V-1', 'at': '2026-05-04T09:00:00+08:00'}, 2)],
                              'backlog': 12}),
    'booking-nested': body({'items': [item('booking', {'slot': {'service': 'svc-1', 'day': '2026-05-05', 'start': '09:00'},
                                                       'phone': '13812345678', 'names': ['张三', None, 1.5, True]})]}),
    'unknown-kind': body({'items': [item('no_such_kind', {})]}),
    'uppercase-id': body({'items': [dict(item('rating', {}), id='0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B')]}),
    'nul-in-createdat': '{"items":[{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","kind":"rating","createdAt":"2026\\u0000","payload":{}}]}',
    'lone-surrogate': '{"items":[{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","kind":"rating","payload":{"note":"\\ud800x"}}]}',
    'empty-items': '{"items":[]}',
    'items-object': '{"items":{}}',
    'id-number': '{"items":[{"id":5,"kind":"rating","payload":{}}]}',
    'payload-list': '{"items":[{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","kind":"rating","payload":[]}]}',
    'backlog-fraction': body({'items': [item('rating', {})], 'backlog': 2.5}),
    'not-json': '{"items":[{"id":',
    'array-top': '[1,2,3]',
})

nonce = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345_-'
write('enrollrequest', {
    'code-only': body({'enrollmentCode': 'K7QH-92XM'}),
    'code-and-nonce': body({'enrollmentCode': 'K7QH-92XM', 'clientNonce': nonce}),
    'nonce-null': body({'enrollmentCode': 'K7QH-92XM', 'clientNonce': None}),
    'nonce-short': body({'enrollmentCode': 'K7QH-92XM', 'clientNonce': 'abc'}),
    'nonce-bad-char': body({'enrollmentCode': 'K7QH-92XM', 'clientNonce': nonce[:-1] + '/'}),
    'nonce-number': body({'enrollmentCode': 'K7QH-92XM', 'clientNonce': 12}),
    'code-blank': body({'enrollmentCode': '   '}),
    'code-long': body({'enrollmentCode': 'X' * 129}),
    'code-nul': '{"enrollmentCode":"K7\\u0000QH"}',
    'code-unicode': body({'enrollmentCode': '代码\u00a0١٢'}),
    'not-object': '"K7QH-92XM"',
    'truncated': '{"enrollmentCode":"K7',
})

def check_digit(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(d) * w for d, w in zip(first17, weights)) % 11]
def idnum(first17): return first17 + check_digit(first17)

cert_header = 'id_number,holder_name,category,level,status,valid_until,station_id'
cert_full = cert_header + ',state_since,issued_on,pickup_place_zh,pickup_place_en,replacement'
vol_header = 'volunteer_id,name,phone,station_id,skills,hours_total'
# The first byte picks the import: even for certificates, odd for volunteers.
write('csvimport', {
    'certificates': '\0' + '\n'.join([
        cert_header,
        idnum('12010119800101001') + ',样例一,1,2,valid,2031-06-30,st-1',
        idnum('12010219751231002') + ',"Doe, Jane",7,4,valid,,',
        idnum('12010319900229003') + ',样例三,3,1,expired,2020-01-01,st-1',
    ]) + '\n',
    'certificates-full': '\0\ufeff' + cert_full + '\r\n' +
        idnum('12010119800101004') + ',"样例 ""四""",2,3,valid,2030-01-01,st-1,2026-01-02,2020-01-02,"河西区\n残联",Hexi,2\r\n',
    'certificates-bad-rows': '\0' + '\n'.join([
        cert_header,
        '120101198001010010,bad check digit,1,1,valid,,',
        idnum('12010119800101005') + ',,1,1,valid,,',
        idnum('12010119800101006') + ',level,1,9,valid,,',
        idnum('12010119800101007') + ',station,1,1,valid,,st-404',
        idnum('12010119800101008') + ',date,1,1,valid,2031-02-30,',
        idnum('12010119800101009') + ',status,1,1,sold,,',
        '',
        '"unterminated',
    ]),
    'certificates-missing-column': '\0id_number,holder_name\n' + idnum('12010119800101010') + ',x\n',
    'volunteers': '\1' + '\n'.join([
        vol_header + ',availability,given_name',
        'V-1,王小明,13812345678,st-1,reading;walking,12.5,morning;evening,小明',
        'V-2,"Li, Na",,,,0,,',
        'V-3,bad phone,12345,st-1,,1,,',
        'V-4,bad hours,,st-1,,-3,,',
        'V-5,bad part,,st-1,,1,midnight,',
        'V-6,huge hours,,st-1,,27624700000,,',
        'V-7,not a number,,st-1,,nan,,',
    ]) + '\n',
    'empty': '\0',
})
