// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/nationtable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

struct Nation
{
    const char16_t *zh;
    const char16_t *en;
};

// GB 3304-1991 codes 01..56 in order; 97 and 98 are handled apart.
constexpr std::array<Nation, 56> nations = {{
    {u"汉", u"Han"}, {u"蒙古", u"Mongol"}, {u"回", u"Hui"}, {u"藏", u"Tibetan"},
    {u"维吾尔", u"Uyghur"}, {u"苗", u"Miao"}, {u"彝", u"Yi"}, {u"壮", u"Zhuang"},
    {u"布依", u"Buyei"}, {u"朝鲜", u"Korean"}, {u"满", u"Manchu"}, {u"侗", u"Dong"},
    {u"瑶", u"Yao"}, {u"白", u"Bai"}, {u"土家", u"Tujia"}, {u"哈尼", u"Hani"},
    {u"哈萨克", u"Kazakh"}, {u"傣", u"Dai"}, {u"黎", u"Li"}, {u"傈僳", u"Lisu"},
    {u"佤", u"Va"}, {u"畲", u"She"}, {u"高山", u"Gaoshan"}, {u"拉祜", u"Lahu"},
    {u"水", u"Shui"}, {u"东乡", u"Dongxiang"}, {u"纳西", u"Nakhi"}, {u"景颇", u"Jingpo"},
    {u"柯尔克孜", u"Kyrgyz"}, {u"土", u"Tu"}, {u"达斡尔", u"Daur"}, {u"仫佬", u"Mulao"},
    {u"羌", u"Qiang"}, {u"布朗", u"Blang"}, {u"撒拉", u"Salar"}, {u"毛南", u"Maonan"},
    {u"仡佬", u"Gelao"}, {u"锡伯", u"Xibe"}, {u"阿昌", u"Achang"}, {u"普米", u"Pumi"},
    {u"塔吉克", u"Tajik"}, {u"怒", u"Nu"}, {u"乌孜别克", u"Uzbek"}, {u"俄罗斯", u"Russian"},
    {u"鄂温克", u"Evenki"}, {u"德昂", u"De'ang"}, {u"保安", u"Bonan"}, {u"裕固", u"Yugur"},
    {u"京", u"Gin"}, {u"塔塔尔", u"Tatar"}, {u"独龙", u"Derung"}, {u"鄂伦春", u"Oroqen"},
    {u"赫哲", u"Hezhen"}, {u"门巴", u"Monba"}, {u"珞巴", u"Lhoba"}, {u"基诺", u"Jino"},
}};

int codeNumber(QStringView code)
{
    if (code.size() != 2 || !code[0].isDigit() || !code[1].isDigit())
        return -1;
    return (code[0].unicode() - u'0') * 10 + (code[1].unicode() - u'0');
}

} // namespace

core::LocalizedText NationTable::name(QStringView code)
{
    const int n = codeNumber(code);
    if (n >= 1 && n <= int(nations.size())) {
        const Nation &nation = nations[n - 1];
        return {QString::fromUtf16(nation.zh) + u"族"_s, QString::fromUtf16(nation.en)};
    }
    if (n == 97)
        return {u"其他"_s, u"Other"_s};
    if (n == 98)
        return {u"外国血统中国籍人士"_s, u"Chinese citizen of foreign origin"_s};
    return {};
}

bool NationTable::contains(QStringView code)
{
    return !name(code).zh.isEmpty();
}

} // namespace idcard
