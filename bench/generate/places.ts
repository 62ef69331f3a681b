/**
 * Places and organisations for synthetic units: real Chinese place names and
 * the departments that submit Party-building cases. Names only, no data about them.
 */

export type Place = { name: string; level: 'province' | 'city' | 'county' }

const provinces =
  '北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区'
const cities =
  '福州市 厦门市 莆田市 三明市 泉州市 漳州市 南平市 龙岩市 宁德市 杭州市 宁波市 温州市 嘉兴市 湖州市 绍兴市 金华市 衢州市 舟山市 台州市 丽水市 南京市 无锡市 徐州市 常州市 苏州市 南通市 扬州市 镇江市 泰州市 合肥市 芜湖市 蚌埠市 安庆市 黄山市 南昌市 赣州市 九江市 上饶市 济南市 青岛市 淄博市 烟台市 潍坊市 临沂市 郑州市 洛阳市 开封市 南阳市 武汉市 宜昌市 襄阳市 长沙市 株洲市 湘潭市 岳阳市 广州市 深圳市 珠海市 佛山市 东莞市 中山市 南宁市 桂林市 柳州市 海口市 三亚市 成都市 绵阳市 宜宾市 贵阳市 遵义市 昆明市 大理市 西安市 宝鸡市 延安市 兰州市 天水市 西宁市 银川市 乌鲁木齐市 呼和浩特市 包头市 沈阳市 大连市 长春市 吉林市 哈尔滨市 大庆市 石家庄市 保定市 唐山市 太原市 大同市 拉萨市'
const counties =
  '鼓楼区 台江区 仓山区 晋安区 马尾区 长乐区 闽侯县 连江县 罗源县 闽清县 永泰县 福清市 思明区 湖里区 集美区 海沧区 同安区 翔安区 鲤城区 丰泽区 洛江区 晋江市 石狮市 南安市 惠安县 安溪县 永春县 德化县 芗城区 龙文区 龙海区 漳浦县 云霄县 诏安县 延平区 建阳区 武夷山市 建瓯市 新罗区 永定区 长汀县 上杭县 武平县 连城县 漳平市 蕉城区 福安市 福鼎市 霞浦县 古田县 屏南县 婺城区 金东区 兰溪市 义乌市 东阳市 永康市 武义县 浦江县 磐安县 上城区 拱墅区 西湖区 滨江区 萧山区 余杭区 临平区 富阳区 桐庐县 淳安县 建德市 鹿城区 龙湾区 瓯海区 瑞安市 乐清市 海曙区 江北区 鄞州区 余姚市 慈溪市 象山县 宁海县 越城区 柯桥区 上虞区 诸暨市 嵊州市 新昌县 椒江区 黄岩区 路桥区 临海市 温岭市 玉环市 莲都区 龙泉市 青田县 缙云县 遂昌县 柯城区 衢江区 江山市 常山县 开化县 龙游县 定海区 普陀区 岱山县 嵊泗县 吴兴区 南浔区 德清县 长兴县 安吉县 南湖区 秀洲区 海宁市 平湖市 桐乡市 嘉善县 海盐县'

export const places: Place[] = [
  ...provinces.split(' ').map((name) => ({ name, level: 'province' as const })),
  ...cities.split(' ').map((name) => ({ name, level: 'city' as const })),
  ...counties.split(' ').map((name) => ({ name, level: 'county' as const })),
]

/** A department: `party` ones read 中共<place>委<name>; `category` is a unit category (cms/domain). */
export type Department = { name: string; party?: boolean; category: 'jiguan' | 'shiye' | 'guoqi-jinrong' | 'xuexiao' | 'liangxin' }

export const departments: Department[] = [
  ...'组织部 宣传部 统战部 政法委员会 办公室 直属机关工作委员会 机构编制委员会办公室 党校'
    .split(' ')
    .map((name) => ({ name, party: true, category: 'jiguan' as const })),
  ...'纪委监委 人民政府办公室 发展和改革委员会 教育局 科学技术局 工业和信息化局 公安局 民政局 司法局 财政局 人力资源和社会保障局 自然资源和规划局 生态环境局 住房和城乡建设局 交通运输局 水利局 农业农村局 商务局 文化和旅游局 卫生健康委员会 退役军人事务局 应急管理局 审计局 市场监督管理局 统计局 医疗保障局 林业局 体育局 信访局 机关事务管理局 税务局 人民法院 人民检察院 总工会 妇女联合会 科学技术协会 数据管理局 城市管理局 行政审批局 消防救援支队 气象局 海事局'
    .split(' ')
    .map((name) => ({ name, category: 'jiguan' as const })),
  ...'图书馆 人民医院 中医院 疾病预防控制中心 档案馆 博物馆 公证处 12345政务服务便民热线中心 政务服务中心 融媒体中心'
    .split(' ')
    .map((name) => ({ name, category: 'shiye' as const })),
  ...'城市建设投资集团 交通投资集团 水务集团 农村商业银行 供电公司 国有资产投资集团 文化旅游集团 港务集团'
    .split(' ')
    .map((name) => ({ name, category: 'guoqi-jinrong' as const })),
  ...'第一中学 实验小学 职业技术学院 开放大学 教师进修学校'.split(' ').map((name) => ({ name, category: 'xuexiao' as const })),
  ...'律师协会 物流协会 个体劳动者协会 互联网企业联合会 社会组织服务中心'.split(' ').map((name) => ({ name, category: 'liangxin' as const })),
]

export const outlets = [
  '人民日报',
  '新华社',
  '光明日报',
  '中国组织人事报',
  '紫光阁',
  '当代党员',
  '福建日报',
  '福州日报',
  '浙江日报',
  '金华日报',
  '学习强国',
  '共产党员网',
  '秘书工作',
  '机关党建研究',
]
