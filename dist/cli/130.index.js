export const id = 130;
export const ids = [130];
export const modules = {

/***/ 7130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DynamoDbLeaseStore: () => (/* binding */ DynamoDbLeaseStore)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4305);
/* harmony import */ var _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8907);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9983);



const toLease = (item) => ({
    region: item.region,
    instanceType: item.instanceType,
    slot: item.slot,
    holder: { id: item.holderId, label: item.holderLabel },
    expiresAt: item.expiresAtMs,
});
const lost = (error) => error instanceof _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.ConditionalCheckFailedException;
class DynamoDbLeaseStore {
    client;
    table;
    constructor(client, table) {
        this.client = client;
        this.table = table;
    }
    get description() {
        return `DynamoDB lease table ${this.table}`;
    }
    async tryAcquire(key, limit, holder, ttlMs, now) {
        const held = new Set((await this.held(key, limit, now)).map((l) => l.slot));
        for (let slot = 0; slot < limit; slot++) {
            if (held.has(slot))
                continue;
            const item = {
                leaseId: (0,_leases_js__WEBPACK_IMPORTED_MODULE_1__/* .slotId */ .Q)(key, slot),
                ...key,
                slot,
                holderId: holder.id,
                holderLabel: holder.label,
                expiresAtMs: now + ttlMs,
                expiresAt: Math.ceil((now + ttlMs) / 1000),
            };
            try {
                await this.client.send(new _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .PutCommand */ .Z$({
                    TableName: this.table,
                    Item: item,
                    ConditionExpression: 'attribute_not_exists(leaseId) OR expiresAtMs < :now',
                    ExpressionAttributeValues: { ':now': now },
                }));
                return toLease(item);
            }
            catch (error) {
                if (!lost(error))
                    throw error;
            }
        }
        return undefined;
    }
    async renew(lease, ttlMs, now) {
        try {
            await this.client.send(new _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .UpdateCommand */ .fR({
                TableName: this.table,
                Key: { leaseId: (0,_leases_js__WEBPACK_IMPORTED_MODULE_1__/* .slotId */ .Q)(lease, lease.slot) },
                UpdateExpression: 'SET expiresAtMs = :ms, expiresAt = :s',
                ConditionExpression: 'holderId = :holder',
                ExpressionAttributeValues: {
                    ':ms': now + ttlMs,
                    ':s': Math.ceil((now + ttlMs) / 1000),
                    ':holder': lease.holder.id,
                },
            }));
            lease.expiresAt = now + ttlMs;
            return true;
        }
        catch (error) {
            if (lost(error))
                return false;
            throw error;
        }
    }
    async release(lease) {
        try {
            await this.client.send(new _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .DeleteCommand */ .Rj({
                TableName: this.table,
                Key: { leaseId: (0,_leases_js__WEBPACK_IMPORTED_MODULE_1__/* .slotId */ .Q)(lease, lease.slot) },
                ConditionExpression: 'holderId = :holder',
                ExpressionAttributeValues: { ':holder': lease.holder.id },
            }));
        }
        catch (error) {
            if (!lost(error))
                throw error; // someone else's now: ours had expired already
        }
    }
    async held(key, limit, now) {
        if (limit <= 0)
            return [];
        const items = [];
        const keys = Array.from({ length: limit }, (_, slot) => ({ leaseId: (0,_leases_js__WEBPACK_IMPORTED_MODULE_1__/* .slotId */ .Q)(key, slot) }));
        for (let i = 0; i < keys.length; i += 100) {
            let request = {
                [this.table]: { Keys: keys.slice(i, i + 100) },
            };
            while (request && Object.keys(request).length > 0) {
                const response = await this.client.send(new _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .BatchGetCommand */ .Ov({ RequestItems: request }));
                items.push(...(response.Responses?.[this.table] ?? []));
                request = response.UnprocessedKeys;
            }
        }
        return items
            .filter((item) => item.expiresAtMs >= now)
            .map(toLease)
            .sort((a, b) => a.slot - b.slot);
    }
}


/***/ })

};
