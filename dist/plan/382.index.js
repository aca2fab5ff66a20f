export const id = 382;
export const ids = [382];
export const modules = {

/***/ 4382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   accountQuotas: () => (/* binding */ accountQuotas)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2924);


/** Endpoints that count against the quota: everything not on its way out or already gone. */
const USING_INSTANCES = new Set([
    'Creating',
    'Updating',
    'SystemUpdating',
    'RollingBack',
    'InService',
    'UpdateRollbackFailed',
]);
/**
 * The account's view, for the slot limit: SageMaker's quota "<type> for endpoint usage" from
 * Service Quotas (listed once per process: quota codes differ per type and are not guessable),
 * and the instances of that type in endpoints that are not ours (`isOurs` by endpoint name).
 */
function accountQuotas(quotas, sagemaker, isOurs) {
    let listed;
    const list = async () => {
        const byName = new Map();
        for await (const page of (0,_aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_0__/* .paginateListServiceQuotas */ .gqo)({ client: quotas }, { ServiceCode: 'sagemaker' }))
            for (const q of page.Quotas ?? [])
                if (q.QuotaName && q.Value !== undefined)
                    byName.set(q.QuotaName, q.Value);
        return byName;
    };
    return {
        async endpointQuota(instanceType) {
            listed ??= list();
            return (await listed).get(`${instanceType} for endpoint usage`);
        },
        async foreignInstances(instanceType) {
            let count = 0;
            for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListEndpoints */ .gCJ)({ client: sagemaker }, {}))
                for (const endpoint of page.Endpoints ?? []) {
                    const name = endpoint.EndpointName ?? '';
                    if (isOurs(name) || !USING_INSTANCES.has(endpoint.EndpointStatus ?? ''))
                        continue;
                    const { EndpointConfigName } = await sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEndpointCommand */ .CX3({ EndpointName: name }));
                    const config = await sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEndpointConfigCommand */ .uoq({ EndpointConfigName }));
                    for (const variant of config.ProductionVariants ?? [])
                        if (variant.InstanceType === instanceType)
                            count += variant.InitialInstanceCount ?? 1;
                }
            return count;
        },
    };
}


/***/ })

};
